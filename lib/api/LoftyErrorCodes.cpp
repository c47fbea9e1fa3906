#include "api/LoftyErrorCodes.h"

#include <QCoreApplication>
#include <QString>

#include <iterator>

namespace {

using K = LoftyError::Kind;

#define TR(text) QT_TRANSLATE_NOOP("LoftyError", text)

// Permission errors all point at the app's registration, as 200100 does: Lofty uses several
// codes and both HTTP 400 and 403 for "not allowed".
const LoftyErrorCode Codes[] = {
    {"200100", "", K::ApiNotGranted, TR("The app lacks this API"),
        TR("The token is valid, but the app it was issued to has not been granted this API in the Lofty "
           "Developer Portal. Lofty's token scope is always \"openApi\", so this only shows when a call is "
           "refused."),
        TR("Add the API in the Developer Portal, in the app's Permissions tab (the Registration panel "
           "shows what the app has). Adding an API is a breaking change: every user of the app has to "
           "authorize it again afterwards, and existing tokens stop working.")},
    {"", "VENDOR_HAS_NO_PERMISSION", K::ApiNotGranted, TR("The app lacks this API"),
        TR("The app (the vendor) has not been granted the API this operation belongs to."),
        TR("Add the API in the Developer Portal, in the app's Permissions tab (the Registration panel "
           "shows what the app has); every user then has to authorize the app again.")},
    {"20017", "PERMISSION_DENIED", K::PermissionDenied, TR("Permission denied"),
        TR("Lofty refused the operation for this app or account; it sends this with HTTP 400 on many "
           "operations. Either the app lacks the API or the account's role may not do this (for example, "
           "another agent's tasks)."),
        TR("Check the app's granted APIs in the Registration panel (Developer Portal, Permissions tab), "
           "then use an account with a role that can, such as the team owner or an admin.")},
    {"1900012", "", K::PermissionDenied, TR("Not authorized"), TR("The account may not manage this agent."),
        TR("Check the app's granted APIs in the Registration panel, then use an account that manages the "
           "agent, such as the team owner or an admin.")},
    {"", "ACCESS_ALL_TEAM_LEADS", K::TeamLeadsPermission, TR("Team-wide lead access needed"),
        TR("Searching the whole team's communication needs the \"access all team leads\" permission."),
        TR("Check the app's registration in the Registration panel and grant the account that permission "
           "in Lofty, or restrict the search to the account's own leads.")},
    {"", "NO_ACCESS_WEBSITE", K::NoAccessWebsite, TR("No access to the website"),
        TR("The account has no access to the website or user data this request concerns."),
        TR("Check the app's registration in the Registration panel and use an account that manages that "
           "website.")},
    {"", "BAD_CREDENTIALS", K::Unauthorized, TR("Bad credentials"),
        TR("The token or key was missing, invalid or expired."),
        TR("Refresh the token, or authorize the account again.")},
    {"200058", "", K::Unauthorized, TR("User in token does not exist"),
        TR("Lofty answers this when an API key is sent as a Bearer token (or the token's user is gone)."),
        TR("Send API keys as \"Authorization: token <key>\"; Bearer is for OAuth access tokens.")},
    {"20001", "", K::BadRequest, TR("Content-Type must be application/json"),
        TR("Lofty wants \"Content-Type: application/json\" on every request, a DELETE or GET included."),
        TR("Add the header; a Lofty profile adds it to every request unless you removed it.")},
    {"20012", "INVALID_PARAMETER", K::BadRequest, TR("Invalid parameter"),
        TR("A parameter or body field has a value the operation does not accept, or a required one is "
           "missing. Lofty does not say which one."),
        TR("Compare every parameter and body field with the operation in the catalog (types, allowed "
           "values, required fields).")},
    {"", "MISSING_PARAMETER", K::BadRequest, TR("Missing parameter"), TR("A required parameter is missing."),
        TR("Fill every parameter the catalog marks as required.")},
    {"20042", "LIMIT_NOT_VALID", K::BadRequest, TR("Page size out of range"),
        TR("The page size (limit or pageSize) is out of range; most lists accept 1 to 100."),
        TR("Use a page size within the range the catalog gives for the parameter.")},
    {"", "LISTING_LIMIT_NOT_VALID", K::BadRequest, TR("Listing page size out of range"),
        TR("The listing page size is out of range."), TR("Use a smaller page size.")},
    {"", "LIMIT_PARAM_OVERSIZE", K::BadRequest, TR("Page too large"),
        TR("The page size or offset is larger than the operation allows."), TR("Page with smaller values.")},
    {"200104", "", K::BadRequest, TR("Offset plus limit too large"),
        TR("offset + limit may not exceed 20000 on this list."),
        TR("Narrow the query instead of paging that far.")},
    {"", "OFFSET_EXCEED_LIMIT", K::BadRequest, TR("Offset plus limit too large"),
        TR("offset + limit may not exceed 20000 on this list (GET /v1.0/logType, the lead timeline)."),
        TR("Narrow the query instead of paging that far.")},
    {"20043", "PARAMETER_TOO_LONG", K::BadRequest, TR("Parameter too long"),
        TR("A value is longer than the operation allows (for example a phone number over 20 characters)."),
        TR("Shorten the value; the catalog's field descriptions give the limits.")},
    {"20003", "USER_NOT_EXIST", K::NotFound, TR("User does not exist"),
        TR("No user with this id exists in the caller's team."),
        TR("Check the user id (GET /v1.0/members).")},
    {"20006", "LEAD_NOT_EXIST", K::NotFound, TR("Lead does not exist"),
        TR("The lead does not exist or this account cannot manage it; a lead created a moment ago may not "
           "be readable yet."),
        TR("Check the lead id and the account; retry a freshly created lead after a moment.")},
    {"", "LEAD_NOT_FOUND", K::NotFound, TR("Lead not found"),
        TR("The lead does not exist or this account cannot see it."),
        TR("Check the lead id and the account.")},
    {"20007", "RESOURCE_NOT_EXIST", K::NotFound, TR("Resource does not exist"),
        TR("The record (note, log, task, ...) does not exist or is not accessible."),
        TR("Check the id in the path.")},
    {"", "TASK_NOT_EXIST", K::NotFound, TR("Task does not exist"),
        TR("The task does not exist or is not accessible."), TR("Check the task id.")},
    {"200060", "TRANSACTION_NOT_EXIST", K::NotFound, TR("Transaction does not exist"),
        TR("The transaction does not exist or is not bound to this lead."),
        TR("Check the transaction id and the lead id (GET /v1.0/leads/{leadId}/transactions).")},
    {"200108", "LEAD_PROPERTY_NOT_EXIST", K::NotFound, TR("Lead property does not exist"),
        TR("The property id does not belong to this lead."),
        TR("Use a property id of this lead, or omit it.")},
    {"200057", "PROPERTY_ADDRESS_EMPTY", K::BadRequest, TR("Property address empty"),
        TR("A property block was sent with city, state, zipCode and streetAddress all blank."),
        TR("Fill at least one address field, or leave the property block out.")},
    {"200062", "TRANSACTION_NAME_BLANK", K::BadRequest, TR("Transaction name blank"),
        TR("The transaction name is blank."), TR("Give the transaction a name.")},
    {"", "TRANSACTION_NAME_HTML", K::BadRequest, TR("Transaction name contains HTML"),
        TR("The transaction name contains '<' or '>'."), TR("Remove the angle brackets from the name.")},
    {"200125", "TRANSACTION_STATUS_INVALID", K::BadRequest, TR("Transaction status invalid"),
        TR("The status matches no stage of the transaction pipeline for this transaction type."),
        TR("Use a stage of the pipeline (GET /v2.0/transactions/pipelines).")},
    {"310111", "SEAT_INSUFFICIENT", K::BusinessError, TR("No seat left"),
        TR("The team has no free seat to reactivate the agent."), TR("Free or buy a seat, then retry.")},
    {"990105", "", K::BusinessError, TR("Agent already deactivated"), TR("The agent is already deactivated."),
        TR("Nothing to do; reactivate the agent if that was the aim.")},
    {"990106", "", K::BusinessError, TR("Owner cannot be deactivated"),
        TR("The agent is an office or team owner."), TR("Transfer the ownership first.")},
    {"990107", "", K::BusinessError, TR("Cannot deactivate yourself"),
        TR("The account tried to deactivate itself."), TR("Use another admin account.")},
    {"990112", "", K::BusinessError, TR("Agent already active"), TR("The agent is already active."),
        TR("Nothing to do.")},
    {"990113", "", K::BusinessError, TR("Agent not onboarded"),
        TR("The agent has not completed onboarding (no password set)."),
        TR("Let the agent finish onboarding first.")},
    {"20005", "", K::ServerError, TR("Lofty server error"),
        TR("Lofty failed while handling the request; the request itself may be fine."),
        TR("Retry later; report it to Lofty with the time if it persists.")},
    {"", "TASK_IS_SMARTPLAN", K::BadRequest, TR("Task belongs to a smart plan"),
        TR("Smart-plan tasks cannot be finished or changed this way."),
        TR("Change the task in its smart plan.")},
    {"", "INVALID_UPDATE_OPERATION_LEADID", K::BadRequest, TR("Lead id does not match the task"),
        TR("The leadId sent is not the task's lead."), TR("Send the task's own leadId, or none.")},
    {"", "WEBHOOK_TYPE_ERROR", K::BadRequest, TR("Unknown webhook event list"),
        TR("listId must be one of Lofty's event lists, 1 to 12."), TR("Use a listId from 1 to 12.")},
    {"", "WEBHOOK_CALLBACK_URL_INVALID", K::BadRequest, TR("Webhook callback URL invalid"),
        TR("The callback URL is not a valid HTTPS URL."), TR("Use an https:// URL that Lofty can reach.")},
    {"", "WEBHOOK_EXCEED_LIMIT", K::BadRequest, TR("Too many webhooks"),
        TR("The subscription limit is exceeded (limit must be 1 to 5000)."),
        TR("Delete unused subscriptions or lower the limit.")},
    {"", "WEBHOOK_DELETE_NOT_EXIST", K::BadRequest, TR("Webhook does not exist"),
        TR("No subscription has this id."), TR("List the subscriptions (GET /v1.0/webhooks) for the id.")},
    {"", "WEBHOOK_DELETE_NO_AUTHORITY", K::PermissionDenied, TR("Webhook belongs to another app"),
        TR("The subscription was not made by this app."),
        TR("Check the app in the Registration panel; delete it with the app that created it.")},
    {"", "BUSINESS_TYPE_ERROR", K::BadRequest, TR("Invalid routing type"),
        TR("The routing rule type in the path is not one Lofty knows."), TR("Use a documented rule type.")},
    {"", "STRATEGY_TYPE_ERROR", K::BadRequest, TR("Invalid routing strategy"),
        TR("The routing strategy type is not valid."), TR("Use a documented strategy type.")},
    {"", "STRATEGY_TYPE_NOT_MATCH", K::BadRequest, TR("Routing strategy does not match"),
        TR("The strategy does not fit the rule type."), TR("Use a strategy allowed for the rule type.")},
    {"", "INVAID_ID", K::BadRequest, TR("Invalid id"), TR("An id in the routing rule is invalid."),
        TR("Check the ids against the routing lists.")},
    {"", "INVAID_ACTIVE_DAY", K::BadRequest, TR("Invalid active day"),
        TR("A routing rule's active day is invalid."), TR("Use valid week days.")},
    {"", "INVAID_ACTIVE_HOURS", K::BadRequest, TR("Invalid active hours"),
        TR("A routing rule's active hours are invalid."), TR("Use a valid time range.")},
    {"", "INVAID_MEMBER_WEIGHT", K::BadRequest, TR("Invalid member weight"),
        TR("A routing member's weight is invalid."), TR("Use a valid weight.")},
    {"", "INVAID_GROUP_ID", K::BadRequest, TR("Invalid group id"), TR("The routing group id is invalid."),
        TR("Use a group id from the routing lists.")},
    {"", "INVAID_TOUCHMINUTES", K::BadRequest, TR("Invalid touch minutes"),
        TR("The routing rule's touch minutes are invalid."), TR("Use a valid number of minutes.")},
    {"", "INVAID_ROLE_ID", K::BadRequest, TR("Invalid role id"), TR("The role id is invalid."),
        TR("Use a role id from GET /v1.0/routing/role/list.")},
    {"", "PARAM_EMAIL_MUST_FILL", K::BadRequest, TR("E-mail required"), TR("The agent's e-mail is required."),
        TR("Fill accountInfo's e-mail.")},
    {"", "PARAM_FIRST_NAME_FILL", K::BadRequest, TR("First name required"),
        TR("The agent's first name is required."), TR("Fill accountInfo's first name.")},
    {"", "ATTRIBUTE_NAME_EMPTY", K::BadRequest, TR("Custom field name empty"),
        TR("The custom field has no name."), TR("Give the custom field a name.")},
    {"", "ATTRIBUTE_TYPE_EMPTY", K::BadRequest, TR("Custom field type empty"),
        TR("The custom field has no type."), TR("Give the custom field a type.")},
    {"", "ALERT_CONDITION_FEGIN_FAIL", K::NotFound, TR("Listing alert lookup failed"),
        TR("Lofty could not look up the user's listing alert conditions."),
        TR("Check the userId; retry later if it is right.")},
};

#undef TR

} // namespace

const LoftyErrorCode* LoftyErrorCode::find(const QString& code)
{
    if (code.isEmpty())
        return nullptr;
    for (const LoftyErrorCode& entry : Codes) {
        if (code == QLatin1String(entry.code) || code == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}
