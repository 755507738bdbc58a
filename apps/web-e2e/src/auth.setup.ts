import { test as setup } from '@playwright/test';

import { ROLE_ACCOUNTS, signIn, stateOf } from './support/accounts';

// `ADMIN_STATE` is `stateOf('admin')`.
for (const username of ROLE_ACCOUNTS) {
  setup(`sign in as ${username} once`, async ({ page }) => {
    await signIn(page, username);
    await page.context().storageState({ path: stateOf(username) });
  });
}
