import { loadConfig } from '../config.ts';
import { openDatabase } from './open-database.ts';
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD, DEMO_PEOPLE } from './demo/demo-people.ts';
import { seedPlatform } from './demo/seed-platform.ts';
import { seedChat } from './demo/seed-chat.ts';
import { seedSell } from './demo/seed-sell.ts';
import { seedMarketplace } from './demo/seed-marketplace.ts';
import { seedIntegration } from './demo/seed-integration.ts';

/** `npm run demo`: creates (or resets) the demo account with people in every role. */
const config = loadConfig();
const db = await openDatabase(config);
try {
  const { account, idByKey } = await seedPlatform(db);
  const sell = await seedSell(db, account, idByKey);
  const chat = await seedChat(db, account, idByKey);
  const apps = await seedMarketplace(db, config, account);
  const integration = await seedIntegration(db, config, account);
  const base = `http://${account.subdomain}.localhost:${config.port}`;
  console.log(`Demo account "${account.name}" is ready (${db.dialect}: ${db.location}).`);
  console.log('');
  console.log(`  Open:      ${base}`);
  console.log(`  Sign in:   ${DEMO_OWNER_EMAIL} / ${DEMO_PASSWORD}   (owner: Sell admin, Chat owner, Support admin)`);
  console.log(`  Others:    ${DEMO_PEOPLE.filter((p) => !p.deactivated).map((p) => p.email).join(', ')}`);
  console.log(`             all with the password ${DEMO_PASSWORD}`);
  console.log(`  Sell:      ${sell.leads} leads, ${sell.contacts} contacts, ${sell.deals} deals, a distribution pool, custom fields`);
  console.log(`  Chat:      ${chat.chats} past chats, ${chat.offlineMessages} offline messages, departments ${chat.departments.join(' and ')}`);
  console.log(`  Apps:      ${apps.installed.join(', ') || 'none'} installed${apps.skipped.length ? `; not installed: ${apps.skipped.join('; ')}` : ''}`);
  if (integration.enabled) {
    console.log('  Sell–Chat: enabled; leads from Chat go to the inbound pool with the source "Chat"; past chats show in Sell.');
    console.log(`             Open the widget test page ${base}/widget-preview and chat as:`);
    for (const { email, what } of integration.tryEmails) console.log(`               ${email.padEnd(36)} ${what}`);
  } else {
    console.log(`  Sell–Chat: not enabled (${integration.problem ?? 'unknown reason'})`);
  }
  console.log('');
  console.log('Start the server with npm start if it is not running.');
} catch (error) {
  console.error('The demo could not be created:', error);
  process.exitCode = 1;
} finally {
  await db.close();
}
