export const messages = {
  namespace: 'notifications',
  zh: { title: '通知', unreadOnly: '只看未读', readAll: '全部标为已读', read: '标为已读', open: '查看', unread: '未读', empty: '没有通知' },
  en: { title: 'Notifications', unreadOnly: 'Unread only', readAll: 'Mark all read', read: 'Mark read', open: 'Open', unread: 'unread', empty: 'No notifications' },
};
