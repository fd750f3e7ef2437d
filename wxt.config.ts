import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '备案助手 · Beian Assistant',
    description: 'ICP 备案资料库、规则校验与门户自动填写 · ICP filing profiles, rule checks and portal autofill',
    permissions: ['storage'],
  },
});
