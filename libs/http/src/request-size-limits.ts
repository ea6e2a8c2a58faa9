import type { Server } from 'node:http';
import type { Socket } from 'node:net';

import type { RequestHandler } from 'express';

export interface RequestSizeLimits {
  /** Bytes of the request target (path and query). */
  maxUrlBytes: number;
  /** Bytes of the request line and all headers together; Node's parser refuses more. */
  maxHeaderBytes: number;
}

export const DEFAULT_REQUEST_SIZE_LIMITS: RequestSizeLimits = { maxUrlBytes: 8192, maxHeaderBytes: 16384 };

const answered = new WeakSet<Socket>();

function reply(socket: Socket, status: number, reason: string, message: string): void {
  const body = JSON.stringify({ statusCode: status, error: reason, message });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** An oversized request whose first line did not end within the limit has an oversized URL. */
function requestLineTooLong(packet: Buffer | undefined, limits: RequestSizeLimits): boolean {
  if (!packet) return false;
  const lineEnd = packet.indexOf('\r\n');
  const firstLine = packet.subarray(0, lineEnd === -1 ? packet.length : lineEnd);
  return /^[A-Z]+ /.test(firstLine.subarray(0, 16).toString('latin1')) && firstLine.length > limits.maxUrlBytes;
}

/**
 * Node answers an oversized request head by resetting the connection while the client is still sending, so the
 * client sees ECONNRESET instead of a status. Here the status is written and the rest of the request is read and
 * dropped before the socket closes, so the client receives 414 or 431.
 */
export function answerOversizedRequests(server: Server, limits: RequestSizeLimits): void {
  // Read by Node for each new connection; the typings only know it as a constructor option.
  (server as Server & { maxHeaderSize: number }).maxHeaderSize = limits.maxHeaderBytes;
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    if (answered.has(socket)) return;
    if (error.code !== 'HPE_HEADER_OVERFLOW' || !socket.writable) {
      socket.destroy();
      return;
    }
    answered.add(socket);
    if (requestLineTooLong(error.rawPacket, limits)) {
      reply(socket, 414, 'URI Too Long', `the request URL is longer than ${limits.maxUrlBytes} bytes`);
    } else {
      reply(
        socket,
        431,
        'Request Header Fields Too Large',
        `the request head is larger than ${limits.maxHeaderBytes} bytes`,
      );
    }
    socket.resume();
    setTimeout(() => socket.destroy(), 5_000).unref();
  });
}

/** 414 for a URL over the limit that still fits in the header limit. */
export function urlLengthLimit(limits: RequestSizeLimits): RequestHandler {
  return (request, response, next) => {
    if (Buffer.byteLength(request.originalUrl) <= limits.maxUrlBytes) return next();
    response.status(414).json({
      statusCode: 414,
      error: 'URI Too Long',
      message: `the request URL is longer than ${limits.maxUrlBytes} bytes`,
    });
  };
}
