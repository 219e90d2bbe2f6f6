package dev.waitlistdesk.port;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding and naming CRM deals (the port the CRM adapter implements). Every method but
 * {@link #url} blocks on the network: call it in the background. Failures are {@link StoreException}.
 */
public interface DealDirectory {

    /** Deals whose title contains the text, newest first, at most {@code limit}. */
    List<DealInfo> search(String title, int limit);

    /** Title and stage of these deals; deals the CRM no longer has (or does not show) are absent. */
    Map<Long, DealInfo> describe(Collection<Long> dealIds);

    /** The deal's page in the portal, where the contract gives one (none on the practice portal). */
    Optional<URI> url(long dealId);

    /** The contact's or company's page in the portal, where the contract gives one (none on the practice portal). */
    default Optional<URI> url(ClientId client) {
        return Optional.empty();
    }
}
