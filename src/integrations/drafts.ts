import type { AstroIntegration } from 'astro';

/**
 * Tells pages whether drafts are shown: on the dev server only. Decided by the command,
 * not by NODE_ENV or Vite's mode, which a shell or a test runner may have set to anything.
 */
export function draftsIntegration(): AstroIntegration {
  return {
    name: 'dispatch-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.DISPATCH_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
