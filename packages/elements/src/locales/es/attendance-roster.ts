import { str } from '@lit/localize';

export const attendanceRoster = {
  'attendance-roster.dueBy': str`Plazo: ${0}.`,
  'attendance-roster.share': str`${0} de los agentes obligados completaron.`,
  'attendance-roster.all': 'Todos',
  'attendance-roster.column.action': 'Exención',
  'attendance-roster.column.id': 'ID del agente',
  'attendance-roster.column.name': 'Agente',
  'attendance-roster.column.status': 'Estado',
  'attendance-roster.empty': 'Todavía no hay agentes en este departamento.',
  'attendance-roster.excuse': 'Eximir',
  'attendance-roster.excused': str`${0} está eximido/a en este periodo.`,
  'attendance-roster.export': 'Exportar CSV',
  'attendance-roster.filters': 'Filtrar por estado',
  'attendance-roster.grid': 'Asistencia por agente',
  'attendance-roster.noMatch': 'Ningún agente coincide con la búsqueda o el filtro.',
  'attendance-roster.period': 'Periodo',
  'attendance-roster.search': 'Buscar por nombre',
  'attendance-roster.summary': str`Mostrando ${0} de ${1} agentes, ${2}.`,
  'attendance-roster.unexcuse': 'Quitar exención',
  'attendance-roster.unexcused': str`${0} ya no está eximido/a: ${1}.`,
};
