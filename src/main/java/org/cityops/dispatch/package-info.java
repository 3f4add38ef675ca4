/**
 * The case pool and what happens to a case (事件/案卷): routing to a grid or department, the
 * lifecycle from report to the reporter's satisfaction with an append-only timeline, escalation to
 * the centre with consultation (会商) and lead/co-organiser dispatch, and the responsibility loop
 * (accountability records).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch")
package org.cityops.dispatch;
