/** The export bundle: format and checks (bundle.ts), export (export.ts), all-or-nothing import (import.ts). */
export * from './bundle';
export * from './export';
export * from './import';
