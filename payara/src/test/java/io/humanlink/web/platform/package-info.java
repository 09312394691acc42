/** Integration-test harness (the packaged app on Payara Micro with its fakes) and cross-cutting API checks. */
package io.humanlink.web.platform;
