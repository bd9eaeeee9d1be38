import { createContext, useContext } from 'react';
import type { Account } from '../api/models.ts';

/** The signed-in account as every console page needs it. */
export interface ConsoleSession {
  account: Account;
  permissions: readonly string[];
  /** The top of the account's part of the tree: its own jurisdiction. */
  rootCode: string;
}

export const ConsoleSessionContext = createContext<ConsoleSession | null>(null);

/** The console's session; only inside <ConsoleApp>, which renders nothing until it is known. */
export function useConsoleSession(): ConsoleSession {
  const session = useContext(ConsoleSessionContext);
  if (!session) throw new Error('useConsoleSession must be used inside the console');
  return session;
}

/** Whether the account may do something (a permission such as people.write). */
export function useCan(permission: string): boolean {
  return useConsoleSession().permissions.includes(permission);
}
