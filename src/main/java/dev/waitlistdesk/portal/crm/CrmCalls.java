package dev.waitlistdesk.portal.crm;

import dev.waitlistdesk.bitrix.Method;

/**
 * Every CRM method the desk calls, declared once with what the transport must know of it:
 * {@code read} may be sent again after a network error (reads, and writes that set a fixed state),
 * {@code write} never.
 */
public final class CrmCalls {

    public static final Method DUPLICATE_FINDBYCOMM = Method.read("crm.duplicate.findbycomm");
    public static final Method ITEM_ADD = Method.write("crm.item.add");
    public static final Method ITEM_LIST = Method.read("crm.item.list");
    public static final Method STATUS_LIST = Method.read("crm.status.list");

    private CrmCalls() {
    }
}
