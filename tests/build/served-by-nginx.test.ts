import { startNginx } from '../support/nginx-server.ts';
import { describeServedSite } from '../support/served-site.ts';

// Debian's nginx with the build's _deploy/nginx.conf, only its listen and root lines changed.
describeServedSite('nginx', startNginx, { brotli: false });
