// The router, navigation and home page read the modules' declarations: a module is added by declaring it.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import { homePathFor } from '@/app/home-path';
import { MODULES } from '@/app/modules';
import { navigationFor } from '@/app/shell/navigation';
import { NavigationBadge } from '@/app/shell/navigation-badge';
import { translateMessage } from '@/shared/i18n/messages';
import { defineModule } from '@/shared/modules/module-definition';
import { renderApp, renderWithRouter, signInAs } from '../../setup/render';

const incidents = defineModule({
  id: 'incidents',
  routes: () => [{ path: 'incidents', element: <h1>Incidents</h1> }],
  home: { permission: 'audit.read', path: '/incidents' },
  navigation: [
    {
      label: 'Incidents',
      to: '/incidents',
      icon: ReportProblemOutlined,
      permission: 'complaints.read',
      order: 15,
      description: 'Breaches and near misses.',
      badge: { queryKey: ['incidents', 'overdue'], queryFn: async () => 3, label: (n) => `${n} overdue` },
    },
  ],
});

describe('module definitions', () => {
  it('finds every feature folder’s module.ts', () => {
    expect(MODULES.map((m) => m.id).sort()).toEqual([
      'audit',
      'complaints',
      'dashboard',
      'policies',
      'processors',
      'risks',
      'visits',
    ]);
  });

  it('builds each role’s navigation from the declared entries, in their order', () => {
    const labels = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((i) => i.to);
    // Officers and managers start on the dashboard, so they have no separate home page either.
    expect(labels(['privacy_officer', 'staff'])).toEqual([
      '/dashboard',
      '/processors',
      '/risks',
      '/policies',
      '/visitors/history',
      '/my-policies',
      '/my-visitors',
      '/complaints',
      '/dashboard/promises',
      '/audit',
    ]);
    expect(labels(['security_desk', 'staff'])).toEqual([
      '/dashboard',
      '/visitors',
      '/my-policies',
      '/my-visitors',
    ]);
    expect(labels(['manager', 'staff'])).toEqual([
      '/dashboard',
      '/processors',
      '/risks',
      '/policies',
      '/my-policies',
      '/my-visitors',
      '/dashboard/promises',
    ]);
    // Staff start on their policies, so they have no separate home page; their dashboard shows their tasks.
    expect(labels(['staff'])).toEqual(['/dashboard', '/my-policies', '/my-visitors']);
  });

  it('takes a new module’s entry, permission and home without touching the navigation', () => {
    // Declared first, so its start page comes before the dashboard's.
    const modules = [incidents, ...MODULES];
    expect(navigationFor(['privacy_officer'], modules).map((i) => translateMessage(i.label))).toEqual([
      'Dashboard',
      'Processors',
      'Risk register',
      'Policies',
      'Incidents',
      'Visitor log',
      'My policies',
      'My expected visitors',
      'Complaints',
      'Promises board',
      'Audit trail',
    ]);
    expect(navigationFor(['staff'], modules).map((i) => translateMessage(i.label))).not.toContain(
      'Incidents',
    );
    expect(homePathFor(['privacy_officer'], modules)).toBe('/incidents');
    expect(homePathFor(['security_desk'])).toBe('/visitors');
    expect(homePathFor(['manager'])).toBe('/dashboard');
    // Every employee acknowledges policies; only those with no other start page begin there.
    expect(homePathFor(['staff'])).toBe('/my-policies');
    expect(homePathFor(['security_desk', 'staff'])).toBe('/visitors');
    expect(homePathFor(['privacy_officer', 'staff'])).toBe('/dashboard');
  });

  it('describes each destination on the home page from the declarations', async () => {
    await signInAs('manager');
    renderApp('/home');
    const processors = await screen.findByRole('link', { name: /Processors/ });
    expect(processors).toHaveTextContent(/contracts, clauses and compliance reviews/);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: /My expected visitors/ })).toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: /Visitor log/ })).not.toBeInTheDocument();
  });

  it('shows an entry’s badge with its count, and nothing when nothing needs attention', async () => {
    await renderWithRouter(
      <ul>
        <li>
          Incidents <NavigationBadge badge={incidents.navigation[0]!.badge!} />
        </li>
        <li>
          Quiet{' '}
          <NavigationBadge
            badge={{ queryKey: ['quiet'], queryFn: async () => 0, label: (n) => `${n} overdue` }}
          />
        </li>
      </ul>,
    );
    expect(await screen.findByLabelText('3 overdue')).toHaveTextContent('3');
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent(/^Quiet$/);
  });
});
