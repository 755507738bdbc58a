import { test as setup } from '@playwright/test';

import { ADMIN_STATE, signIn } from './support/accounts';

setup('sign in as the admin once', async ({ page }) => {
  await signIn(page, 'admin');
  await page.context().storageState({ path: ADMIN_STATE });
});
