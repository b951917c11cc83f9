import { attendanceCases } from './cases/attendance.js';
import { bookingCases } from './cases/booking.js';
import { changeCases } from './cases/changes.js';
import { manageLinkCases } from './cases/manage-links.js';
import { privacyCases } from './cases/privacy.js';
import { programYearCases } from './cases/program-year.js';
import { roleCases } from './cases/roles.js';
import { setupCases } from './cases/setup.js';
import { validationCases } from './cases/validation.js';
import { videoCases } from './cases/video.js';
import { worldTest } from './define.js';
import type { ConformanceHarness, TestRunner } from './harness.js';

/**
 * Registers the conformance tests for one backend with the caller's test runner. Each test gets
 * a fresh backend from `harness.create()`, sets up its own tenants through `admin`, and closes
 * the backend afterwards.
 */
export function defineConformanceSuite(harness: ConformanceHarness, runner: TestRunner): void {
  const test = worldTest(harness, runner);
  runner.describe(`Wellvisit conformance: ${harness.name}`, () => {
    runner.describe('set-up and tokens', () => {
      setupCases(test);
    });
    runner.describe('directory, slots and booking', () => {
      bookingCases(test);
    });
    runner.describe('cancel, reschedule and notice', () => {
      changeCases(test);
    });
    runner.describe('attendance', () => {
      attendanceCases(test);
    });
    runner.describe('the program year', () => {
      programYearCases(test);
    });
    runner.describe('role matrix and tenancy', () => {
      roleCases(test);
    });
    runner.describe('confidentiality and audit', () => {
      privacyCases(test);
    });
    runner.describe('video links', () => {
      videoCases(test);
    });
    runner.describe('manage links', () => {
      manageLinkCases(test);
    });
    runner.describe('validation', () => {
      validationCases(test);
    });
  });
}
