import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No aliases on purpose: the example consumes the packages' built output, as a vendor would.
export default defineConfig({
  plugins: [react()],
  build: { sourcemap: true },
});
