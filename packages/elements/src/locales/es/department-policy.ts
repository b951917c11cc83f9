import { str } from '@lit/localize';

export const departmentPolicy = {
  'department-policy.title': 'Política de asistencia',
  'department-policy.annual': 'Cada año',
  'department-policy.semiannual': 'Cada seis meses',
  'department-policy.months': str`Cada ${0} meses`,
  'department-policy.everyN': 'Cada N meses',
  'department-policy.required': 'asistencia obligatoria',
  'department-policy.notRequired': 'asistencia no obligatoria',
  'department-policy.discreet': 'recordatorios discretos',
  'department-policy.detailed': 'recordatorios detallados',
  'department-policy.summary': str`${0}, ${1}, ${2} días de gracia, ${3}.`,
  'department-policy.current': str`Vigente: ${0}`,
  'department-policy.programStart': str`El programa empezó el ${0}.`,
  'department-policy.scheduled': str`Desde el ${0}: ${1}`,
  'department-policy.cadence': 'Frecuencia',
  'department-policy.monthsField': 'Meses (con cada N meses, hasta 60)',
  'department-policy.requiredField': 'Asistencia obligatoria',
  'department-policy.graceDays': 'Días de gracia',
  'department-policy.discreetField': 'Recordatorios discretos por defecto',
  'department-policy.save': 'Programar el cambio',
  'department-policy.saved': str`Programado: entra en vigor el ${0}.`,
};
