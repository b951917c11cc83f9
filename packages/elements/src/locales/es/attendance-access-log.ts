export const attendanceAccessLog = {
  'attendance-access-log.title': 'Quién ha visto su asistencia',
  'attendance-access-log.empty': 'Nadie ha visto su asistencia todavía.',
  'attendance-access-log.reader.department': 'Su departamento',
  'attendance-access-log.reader.other': 'Wellvisit',
};
