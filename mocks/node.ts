import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { seedDatabase } from './store/db';

seedDatabase('demo');
export const server = setupServer(...handlers);
