import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** This folder, as a file-system path (Windows drive letters included), whatever the working directory. */
const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');
const apiTarget = 'http://127.0.0.1:3000';

/** Removes `@media screen\0 …` blocks: Internet Explorer hacks that the CSS minifier cannot parse. */
function withoutIeMediaHacks(css: string): string {
  const marker = '@media screen\\0';
  let out = '';
  let from = 0;
  for (let at = css.indexOf(marker); at !== -1; at = css.indexOf(marker, from)) {
    out += css.slice(from, at);
    let depth = 0;
    let i = css.indexOf('{', at);
    for (; i < css.length; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}' && --depth === 0) break;
    }
    from = i + 1;
  }
  return out + css.slice(from);
}

/**
 * The compiled nhsuk-frontend CSS loads the Frutiger web font from assets.nhs.uk and its icons from
 * `/assets/images/…`. Our Content-Security-Policy only allows our own origin, so drop the remote
 * @font-face rules (the design system falls back to Arial) and point the icons at the package's own
 * files so Vite bundles them. Internet Explorer hacks are dropped too.
 */
function nhsukCssForStrictCsp(): Plugin {
  return {
    name: 'linkwork-nhsuk-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/nhsuk-frontend[\\/].*\.css(\?.*)?$/.test(id)) return null;
      const withoutRemoteFonts = withoutIeMediaHacks(code).replace(/@font-face\s*{[^}]*https?:\/\/[^}]*}/g, '');
      const localIcons = withoutRemoteFonts.replace(/url\(\s*["']?\/assets\/images\//g, 'url(./assets/images/');
      return { code: localIcons, map: null };
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [nhsukCssForStrictCsp(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/fhir': apiTarget,
      '/health': apiTarget,
      '/ready': apiTarget,
    },
  },
});
