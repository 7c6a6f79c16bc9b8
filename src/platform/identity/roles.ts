import { z } from 'zod';

export const sellRoles = ['none', 'user', 'admin'] as const;
export const chatRoles = ['none', 'agent', 'admin', 'owner'] as const;
export const supportRoles = ['none', 'agent', 'admin'] as const;

export const sellRoleSchema = z.enum(sellRoles);
export const chatRoleSchema = z.enum(chatRoles);
export const supportRoleSchema = z.enum(supportRoles);

export type SellRole = (typeof sellRoles)[number];
export type ChatRole = (typeof chatRoles)[number];
export type SupportRole = (typeof supportRoles)[number];
