/**
 * The browser's key store: one record per account in IndexedDB, which keeps CryptoKey objects as
 * they are (structured clone), so a non-extractable private key is stored without its bytes ever
 * being readable by script.
 */
export interface StoredKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  createdAt: string;
  request: string;
  chain?: string[];
}

const DATABASE = "onestop-signing";
const STORE = "keys";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB is not available"));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

export function readKey(account: string): Promise<StoredKey | undefined> {
  return run("readonly", (store) => store.get(account) as IDBRequest<StoredKey | undefined>);
}

export async function writeKey(account: string, key: StoredKey): Promise<void> {
  await run("readwrite", (store) => store.put(key, account));
}
