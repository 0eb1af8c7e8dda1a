/** The export bundle: how it names meetings and topics (refs.ts), format and checks (bundle.ts), export (export.ts), all-or-nothing import (import.ts). */
export * from './bundle';
export * from './refs';
export * from './export';
export * from './import';
