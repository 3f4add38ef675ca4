/**
 * Value types and infrastructure every module may use: the database bootstrap, the clock, problem
 * details for rejected input, the public-endpoint declarations that security collects.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cityops.shared;
