import { str } from '@lit/localize';

export const reminders = {
  'reminders.title': 'Sus citas',
  'reminders.saved': 'Ajustes de recordatorios guardados.',
  'reminders.title.discreet': 'Cita',
  'reminders.title.visit': 'Visita de bienestar',
  'reminders.title.visitWith': str`Visita de bienestar con ${0}`,
  'reminders.checkIn.due': str`Revisión pendiente antes del ${0}.`,
  'reminders.checkIn.overdue': str`Revisión vencida: debía hacerse antes del ${0}.`,
  'reminders.upcoming': 'Próximas',
  'reminders.upcoming.empty': 'No tiene citas próximas.',
  'reminders.calendar': 'Añadir al calendario',
  'reminders.heading': 'Recordatorios',
  'reminders.list.empty': 'No hay recordatorios programados.',
  'reminders.item.checkIn': str`Revisión pendiente antes del ${0}`,
  'reminders.item.visit': str`${0} el ${1}`,
  'reminders.prefs.heading': 'Ajustes de recordatorios',
  'reminders.prefs.leadTimes': 'Avisarme antes de cada cita',
  'reminders.prefs.leadTime': str`${0} antes`,
  'reminders.prefs.channels': 'Enviar también recordatorios por',
  'reminders.prefs.email': 'Correo electrónico',
  'reminders.prefs.webhook': 'El servicio de avisos de su organización',
  'reminders.prefs.discreet':
    'Texto discreto: decir «Cita» y no nombrar nunca al profesional (recomendado)',
  'reminders.prefs.save': 'Guardar ajustes',
  'reminders.prefs.saving': 'Guardando…',
};
