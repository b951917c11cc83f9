import { str } from '@lit/localize';

export const shared = {
  'shared.loading': 'Cargando…',
  'shared.retry': 'Reintentar',
  'shared.error.generic': 'Algo salió mal. Inténtelo de nuevo.',
  'shared.error.network': 'No se pudo conectar. Compruebe su conexión e inténtelo de nuevo.',
  'shared.error.unauthorized': 'Su sesión ha caducado. Actualice la página para continuar.',
  'shared.error.forbidden': 'No tiene permiso para ver esto.',
  'shared.error.notFound': 'No se encontró.',
  'shared.error.rateLimited': 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
  'shared.error.validation': str`Revise este dato: ${0}`,
  'shared.error.noBackend':
    'Este componente no está conectado. Colóquelo dentro de <wv-provider> o asigne su propiedad backend.',
  'status.completed': 'Completada',
  'status.due': 'Pendiente',
  'status.overdue': 'Vencida',
  'status.excused': 'Eximida',
  'status.not-required': 'No requerida',
  'modality.department': 'En el departamento',
  'modality.practice': 'En la consulta',
  'modality.virtual': 'Virtual',
  'shared.video.join': 'Entrar en la videollamada',
  'shared.video.pending': str`El enlace de la videollamada aparece a las ${0}`,
};
