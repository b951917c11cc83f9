import { str } from '@lit/localize';

export const attendanceBadge = {
  'attendance-badge.context.own': str`Su asistencia, ${0}:`,
  'attendance-badge.context.department': str`Asistencia de ${0}, periodo desde ${1}:`,
  'attendance-badge.dueBy': str`Pendiente hasta el ${0}`,
};
