// pngjs ships no types; this declares the little the tests use (PNG.sync), so no @types package is needed.
declare module 'pngjs' {
  export class PNG {
    constructor(options: { width: number; height: number });
    width: number;
    height: number;
    data: Uint8Array;
    static sync: { write(png: PNG): Uint8Array; read(buffer: Uint8Array): PNG };
  }
}
