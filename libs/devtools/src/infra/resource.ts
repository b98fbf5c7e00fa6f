/** Something `npm start` found or started: where it is, and how to stop it if we started it. */
export interface DevResource {
  url: string;
  /** e.g. "DATABASE_URL", "local server on 127.0.0.1:5432", "embedded, data in .data/postgres". */
  description: string;
  /** Stops it if we started it; no-op otherwise. */
  stop(): Promise<void>;
}

export const notOurs = async (): Promise<void> => undefined;
