import { Body, Controller, Inject } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { signToken } from '@duban/auth';
import { DEV_OPERATIONS as OP, DEV_USERS, devTokenRequestSchema, devUserOf, type DevToken, type DevUserList } from '@duban/contracts';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { RequestInvalid } from '../common/api-error';
import { Operation } from '../common/operation.decorator';
import { parseInput } from '../common/parse-input';

/**
 * The local dev sign-in: the console lists these users and gets a token for one. Registered only
 * with DEV_SIGN_IN=on (see `dev.config.ts` and `AppModule.forConfig`); otherwise both paths are
 * unknown (404). Tokens are what `npm run token` signs: the local secret, the lifetime cap.
 */
@Controller()
export class DevController {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  @Operation(OP.listDevUsers)
  users(): DevUserList {
    return { items: DEV_USERS.map((u) => ({ ...u, roles: [...u.roles] })) };
  }

  @Operation(OP.issueDevToken)
  async token(@Body() body: unknown): Promise<DevToken> {
    const { userId } = parseInput(devTokenRequestSchema, body, 'body');
    const user = devUserOf(userId);
    if (!user) throw RequestInvalid([{ field: 'body.userId', rule: 'is not a dev user (see GET /dev/users)' }]);
    const secret = this.config.JWT_SECRET;
    // DEV_SIGN_IN=on is refused at boot without the secret; this only satisfies the type.
    if (!secret) throw new Error('DEV_SIGN_IN is on without JWT_SECRET');
    const ttl = this.config.TOKEN_MAX_LIFETIME_SECONDS;
    const token = await signToken({ sub: user.id, unit: user.unit, roles: [...user.roles] }, secret, ttl, ttl);
    const exp = decodeJwt(token).exp ?? 0;
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }
}
