import CampaignIcon from '@mui/icons-material/Campaign';
import type { AdminResource } from '../registry/admin-resource';
import { postResource } from './graphql';
import { LogPostPage } from './LogPostPage';
import { PostList } from './PostList';

export const posts: AdminResource = {
  name: 'posts',
  views: { list: PostList, icon: CampaignIcon },
  access: { read: ['PR_SPECIALIST', 'REPRESENTATIVE', 'TRAINER'] },
  routes: [{ path: '/posts/log', element: LogPostPage, access: ['PR_SPECIALIST', 'REPRESENTATIVE'] }],
  menu: { group: 'work', order: 55 },
  graphql: postResource,
  names: {
    ru: { one: 'публикация', many: 'публикации', genitiveMany: 'публикаций', accusative: 'публикацию', gender: 'feminine', title: 'Новости и акции' },
    en: { one: 'post', many: 'posts', title: 'News and offers' },
  },
};
