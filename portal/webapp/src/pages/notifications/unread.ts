import type { Notification } from "../../domain/types";

/**
 * Unread = newer than the last time this user opened the notifications list, remembered per
 * user in localStorage (the service keeps no read marks for the SPA).
 */
const key = (username: string | undefined) => `onestop.notifications.openedAt:${username ?? "anonymous"}`;

export function lastOpened(username: string | undefined, storage: Storage = localStorage): string | null {
  return storage.getItem(key(username));
}

export function markOpened(username: string | undefined, at: Date = new Date(), storage: Storage = localStorage): void {
  storage.setItem(key(username), at.toISOString());
}

export function isUnread(notification: Notification, openedAt: string | null): boolean {
  if (!notification.createdAt) return false;
  return openedAt === null || Date.parse(notification.createdAt) > Date.parse(openedAt);
}

export function unreadCount(username: string | undefined, notifications: Notification[], storage: Storage = localStorage): number {
  const openedAt = lastOpened(username, storage);
  return notifications.filter((n) => isUnread(n, openedAt)).length;
}
