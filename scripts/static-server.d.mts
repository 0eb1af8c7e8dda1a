import type { Server } from 'node:http';

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

export function startStaticServer(options: {
  routes: { prefix: string; dir: string }[];
  pages?: Record<string, string>;
  port?: number;
  host?: string;
}): Promise<StaticServer>;
