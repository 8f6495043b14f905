import { startCaddy } from '../support/caddy-server.ts';
import { describeServedSite } from '../support/served-site.ts';

// Debian's Caddy with the build's _deploy/Caddyfile as written, its address and folder from the environment.
describeServedSite('Caddy', startCaddy, { brotli: true });
