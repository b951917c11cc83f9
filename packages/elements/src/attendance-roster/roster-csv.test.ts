import { expect } from '@open-wc/testing';
import type { AttendanceRecord } from '@wellvisit/sdk';
import { csvField, csvFileName, downloadCsv, rosterCsv } from './roster-csv.js';

const record = (officerName: string, officerId = 'o-1'): AttendanceRecord => ({
  officerId,
  officerName,
  periodId: '2026-07',
  status: 'due',
});

describe('roster CSV', () => {
  it('has a header and one line per record: id, name, period, status and nothing else', () => {
    const csv = rosterCsv([record('Ana Ruiz'), record('Ben Ode', 'o-2')]);
    expect(csv).to.equal(
      'officer_id,officer_name,period,status\r\no-1,Ana Ruiz,2026-07,due\r\no-2,Ben Ode,2026-07,due\r\n',
    );
  });

  it('prefixes values a spreadsheet would run as formulas with an apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).to.equal(`'+1`);
    expect(csvField('-2+3')).to.equal(`'-2+3`);
    expect(csvField('@SUM(A1)')).to.equal(`'@SUM(A1)`);
    expect(csvField('\t=1')).to.equal(`'\t=1`);
    expect(csvField('Ana = Ben')).to.equal('Ana = Ben');
  });

  it('quotes fields with commas, quotes or line breaks', () => {
    expect(csvField('Ruiz, Ana')).to.equal('"Ruiz, Ana"');
    expect(csvField('Ana "AR" Ruiz')).to.equal('"Ana ""AR"" Ruiz"');
    expect(csvField('a\nb')).to.equal('"a\nb"');
  });

  it('guards a formula in a name inside a full export', () => {
    const csv = rosterCsv([record('=cmd|calc')]);
    expect(csv.split('\r\n')[1]).to.equal(`o-1,'=cmd|calc,2026-07,due`);
  });

  it('names the file neutrally, by period only', () => {
    expect(csvFileName('2026-07')).to.equal('attendance-2026-07.csv');
  });

  it('downloads through a temporary object URL, as UTF-8 with a byte order mark for Excel', async () => {
    const created: Blob[] = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original(blob);
    };
    const clicked: HTMLAnchorElement[] = [];
    // Anchors inherit click() from HTMLElement: an own method on their prototype stands in.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      downloadCsv('attendance-2026-07.csv', 'o-1,Zoë Martin\r\n');
    } finally {
      URL.createObjectURL = original;
      Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]?.download).to.equal('attendance-2026-07.csv');
    expect(created[0]?.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array((await created[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    const expected = [0xef, 0xbb, 0xbf, ...new TextEncoder().encode('o-1,Zoë Martin\r\n')];
    expect([...bytes]).to.deep.equal(expected);
  });
});
