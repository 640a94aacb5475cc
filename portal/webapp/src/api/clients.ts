import { investorService, licensingService } from "@onestop/frontend-contracts";
import i18n from "i18next";
import { inLanguage, requestedWith, sessionExpiry } from "./middleware";

/**
 * The services, behind the backend-for-frontend: it adds the user's token, so the clients carry
 * none. Every call goes through these two typed clients.
 */
const middleware = [requestedWith, inLanguage(() => i18n.language), sessionExpiry()];

export const investorApi = investorService("/api/investor", { middleware });
export const licensingApi = licensingService("/api/licensing", { middleware });
