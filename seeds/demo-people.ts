import { Role } from '../api/modules/users/role';

/** The two clients of the sources: a car-dealer network on auto forums, a bank answering on a review site. */
export const demoClients = [
  { slug: 'autolider', name: 'Автолидер — сеть автосалонов', brandName: 'Автолидер' },
  { slug: 'bank-severny', name: 'Банк «Северный»', brandName: 'Банк «Северный»' },
] as const;

export const DEMO_PASSWORD = 'repbase-demo';

/** One demo login per role; all share DEMO_PASSWORD (listed in the README). */
export const demoUsers: { email: string; name: string; isAdmin?: boolean; roles: { client: string; role: Role }[] }[] = [
  { email: 'admin@repbase.demo', name: 'Ирина Смирнова (администратор агентства)', isAdmin: true, roles: [] },
  {
    email: 'pr@repbase.demo',
    name: 'Анна Петрова (PR-специалист)',
    roles: [
      { client: 'autolider', role: Role.PR_SPECIALIST },
      { client: 'bank-severny', role: Role.PR_SPECIALIST },
    ],
  },
  {
    email: 'responsible@repbase.demo',
    name: 'Олег Кузнецов (руководитель сервиса)',
    roles: [{ client: 'autolider', role: Role.RESPONSIBLE }],
  },
  {
    email: 'lawyer@repbase.demo',
    name: 'Марина Волкова (юрист банка)',
    roles: [{ client: 'bank-severny', role: Role.RESPONSIBLE }],
  },
  {
    email: 'representative@repbase.demo',
    name: 'Дмитрий Орлов (онлайн-представитель)',
    roles: [
      { client: 'autolider', role: Role.REPRESENTATIVE },
      { client: 'bank-severny', role: Role.REPRESENTATIVE },
    ],
  },
  {
    email: 'trainer@repbase.demo',
    name: 'Елена Соколова (тренер)',
    roles: [
      { client: 'autolider', role: Role.TRAINER },
      { client: 'bank-severny', role: Role.TRAINER },
    ],
  },
];
