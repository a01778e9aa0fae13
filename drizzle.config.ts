import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './relay/src/store/schema/index.ts',
  out: './relay/src/store/migrations',
});
