export const conformance = true;
