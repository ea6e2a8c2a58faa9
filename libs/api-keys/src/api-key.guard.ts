import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Optional,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TooBusyError } from '@newsflow/contracts';
import type { Request, Response } from 'express';

import { ApiKeyRepository } from './api-key.repository';
import { checkApiKey, presentedToken, type Publisher } from './api-key-check';
import type { ApiKeyScope } from './api-key-scope';
import { readApiKeyToken } from './api-key-token';
import type { KeyRateLimit } from './key-rate-limit';

export interface ApiKeyPolicy {
  /** Off: every request passes and carries no publisher (local runs, the existing tests). */
  required: boolean;
  scope: ApiKeyScope;
}

export const API_KEY_POLICY = Symbol('API_KEY_POLICY');
const REQUIRED_SCOPE = Symbol('REQUIRED_SCOPE');

/** A route that needs more than its service's scope, e.g. a kill needs `admin` where publishing needs `publish`. */
export const RequiresScope = (scope: ApiKeyScope) => SetMetadata(REQUIRED_SCOPE, scope);
export const KEY_RATE_LIMIT = Symbol('KEY_RATE_LIMIT');

type KeyedRequest = Request & { publisher?: Publisher };

/**
 * 401 for a missing, unknown or revoked key, 403 for a key without the route's scope, 429 with
 * Retry-After for a key over its rate limit. The checked key is left on the request for the handler.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(API_KEY_POLICY) private readonly policy: ApiKeyPolicy,
    private readonly reflector: Reflector,
    @Optional() private readonly keys?: ApiKeyRepository,
    @Optional() @Inject(KEY_RATE_LIMIT) private readonly rateLimit?: KeyRateLimit,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.policy.required) return true;
    if (!this.keys) throw new Error('API keys are required but no key store is configured');
    const http = context.switchToHttp();
    const request = http.getRequest<KeyedRequest>();
    const token = presentedToken(request.header('authorization'), request.header('x-api-key'));
    const id = token ? readApiKeyToken(token)?.id : undefined;
    const scope =
      this.reflector.getAllAndOverride<ApiKeyScope | undefined>(REQUIRED_SCOPE, [
        context.getHandler(),
        context.getClass(),
      ]) ?? this.policy.scope;
    const check = checkApiKey(token, id ? await this.keys.find(id) : null, scope);
    if (check.outcome === 'unauthenticated') {
      http.getResponse<Response>().set('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(check.reason);
    }
    if (check.outcome === 'forbidden') throw new ForbiddenException(check.reason);
    const waitSeconds = this.rateLimit ? await this.rateLimit.consume(check.publisher.keyId) : null;
    if (this.rateLimit && waitSeconds) {
      throw new TooBusyError(
        `the API key ${check.publisher.keyId} is over its limit of ${this.rateLimit.requestsPerMinute} requests per minute`,
        waitSeconds,
      );
    }
    request.publisher = check.publisher;
    return true;
  }
}

/** The key that sent the request, or undefined when keys are not required. */
export const CurrentPublisher = createParamDecorator(
  (_: unknown, context: ExecutionContext): Publisher | undefined =>
    context.switchToHttp().getRequest<KeyedRequest>().publisher,
);
