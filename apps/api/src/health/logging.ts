import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { type Logger, pino } from 'pino';

/** JSON lines on stdout, one object per event; tokens and cookies never written. */
export function makeLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'thidua-api', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  });
}

/** Nest's own messages (start-up, errors) through the same JSON logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}
  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const context = typeof rest.at(-1) === 'string' ? rest.at(-1) : undefined;
    this.pino[level]({ context }, String(message));
  }
  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
}

/** A caller's X-Request-Id is kept when it looks like an id (a proxy's), otherwise a new one is made. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

type LoggedRequest = IncomingMessage & { id?: string; originalUrl?: string };

/**
 * One log line per request with its id, method, route, status and time; the id is echoed in X-Request-Id so a
 * user's report can be matched to the log. `?token=` values are cut out of logged URLs. The same lines pino-http
 * wrote, but built only when their level is written: pino-http made a child logger per request, serialising and
 * redacting the request, even when the line was then dropped.
 */
export function requestLogger(logger: Logger) {
  return (req: LoggedRequest, res: ServerResponse, next: () => void) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    const start = Date.now();
    // Read now: once the socket is gone (a client that hung up) it has no address.
    const remoteAddress = req.socket.remoteAddress;
    const done = (err?: Error) => {
      res.off('close', done);
      res.off('finish', done);
      res.off('error', done);
      const failed = err !== undefined || res.statusCode >= 500;
      const level = failed ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const url = (req.originalUrl ?? req.url ?? '').replace(/([?&]token=)[^&]*/g, '$1[redacted]');
      const line = { req: { id, method: req.method, url, remoteAddress }, res: { statusCode: res.statusCode } };
      const responseTime = Date.now() - start;
      if (failed)
        logger[level](
          { ...line, err: err ?? new Error(`failed with status code ${res.statusCode}`), responseTime },
          'request errored',
        );
      else
        logger[level](
          { ...line, responseTime },
          !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted',
        );
    };
    res.on('close', done);
    res.on('finish', done);
    res.on('error', done);
    next();
  };
}
