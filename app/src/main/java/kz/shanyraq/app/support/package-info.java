/**
 * Hard life situations (ТЖС): rules held as data ({@code hard_situation_rule}) recognise a situation from a life event
 * and the family before and after it, and open a case with a deadline in the worklist of the family-support
 * specialists of the family's district.
 */
package kz.shanyraq.app.support;
