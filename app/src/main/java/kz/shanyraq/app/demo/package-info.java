/**
 * The demo profile: demo users with one published password and a demo population, created on first start of an
 * embedded database. Never active in production (see the security module's production guard).
 */
package kz.shanyraq.app.demo;
