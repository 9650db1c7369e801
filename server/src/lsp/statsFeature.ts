// `journey/stats`: the server's memory, for the benchmark (and anyone curious). When the process
// runs with --expose-gc (the benchmark starts it so), garbage is collected first, so the figure
// is what the open documents and their analyses really keep alive.
import type { ServerContext } from './context';
import type { Feature } from './feature';

import { STATS_REQUEST, type ServerStats } from '../protocol/methods';

export const statsFeature: Feature = {
  capabilities: {},
  register: (ctx: ServerContext) => {
    ctx.connection.onRequest(STATS_REQUEST, (): ServerStats => {
      const collect = (globalThis as { gc?: () => void }).gc;
      if (typeof collect === 'function') collect();
      const { heapUsed, rss } = process.memoryUsage();
      return { heapUsed, rss };
    });
  },
};
