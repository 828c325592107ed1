import type { Purpose } from './types';

// Its own module: the gate's start sweep needs this rule alone, without the other kind rules.

/**
 * Whether `p` is an optional purpose of selling or sharing personal information (by kind advertising, sale
 * or sharing, or its `gpc` flag): what GPC and the "Do not sell or share" link refuse.
 */
export const sellsOrShares = (p: Purpose): boolean =>
  p.necessity == 'optional' && (p.gpc == null ? ['advertising', 'sale', 'sharing'].includes(p.kind) : p.gpc);
