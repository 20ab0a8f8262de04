"""The PHP files the test WordPress needs: router, mu-plugin, installer, eval helper, wp-config."""

from __future__ import annotations

import secrets

SALT_NAMES = (
    "AUTH_KEY",
    "SECURE_AUTH_KEY",
    "LOGGED_IN_KEY",
    "NONCE_KEY",
    "AUTH_SALT",
    "SECURE_AUTH_SALT",
    "LOGGED_IN_SALT",
    "NONCE_SALT",
)

ROUTER_PHP = """<?php
// Serve real files as they are; hand everything else (pretty permalinks, /wp-json/...) to index.php.
// Without this, php -S answers 404 itself for any path with a dot (e.g. /wp-json/oembed/1.0/...).
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && (is_file($file) || (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')))) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
"""

MU_PLUGIN_PHP = r"""<?php
/* Copydesk test site: no mail (there is no sendmail), and the companion post meta. */
add_filter('pre_wp_mail', '__return_false');
/* A search plugin whose index misses post content (e.g. one that indexes titles only), when switched on. */
add_filter('posts_search', function ($search) {
    return ($search && get_option('copydesk_test_search_titles_only') === '1')
        ? preg_replace('/OR \(\w+\.post_(excerpt|content) LIKE [^)]*\)/', '', $search) : $search;
});
add_action('init', function () {
    if (get_option('copydesk_test_register_meta', '1') !== '1') {
        return;
    }
    register_post_meta('post', 'copydesk_id', [
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => function () { return current_user_can('edit_posts'); },
    ]);
});
"""

INSTALL_PHP = """<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = getenv('WP_TEST_HOST');
$_SERVER['REQUEST_URI'] = '/';
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$admin = wp_install(getenv('WP_TEST_TITLE'), getenv('WP_TEST_USER'), 'admin@example.invalid', false, '',
                    getenv('WP_TEST_PASSWORD'));
wp_update_user(['ID' => $admin['user_id'], 'display_name' => 'Ada Admin', 'first_name' => 'Ada']);
$author_id = wp_insert_user(['user_login' => getenv('WP_TEST_AUTHOR'),
                             'user_pass' => getenv('WP_TEST_PASSWORD'),
                             'user_email' => 'author@example.invalid', 'role' => 'author',
                             'display_name' => 'Otto Author']);
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
update_option('rewrite_rules', '');
list($admin_password) = WP_Application_Passwords::create_new_application_password(
    $admin['user_id'], ['name' => 'copydesk-tests']);
list($author_password) = WP_Application_Passwords::create_new_application_password(
    $author_id, ['name' => 'copydesk-tests']);
echo json_encode(['admin' => $admin_password, 'author' => $author_password]);
"""

EVAL_PHP = """<?php
$_SERVER['HTTP_HOST'] = getenv('WP_TEST_HOST');
$_SERVER['REQUEST_URI'] = '/';
require __DIR__ . '/wp-load.php';
eval(stream_get_contents(STDIN));
"""


def config_php(*, db_password: str, db_socket: str, base_url: str) -> str:
    """wp-config.php: database over the private socket, fresh salts, no cron, no updates, no mail out."""
    salts = "\n".join(f"define('{name}', '{secrets.token_hex(32)}');" for name in SALT_NAMES)
    return f"""<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '{db_password}');
define('DB_HOST', 'localhost:{db_socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
{salts}
$table_prefix = 'wp_';
define('WP_HOME', '{base_url}');
define('WP_SITEURL', '{base_url}');
define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords over plain http need it
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', false);
if (!defined('ABSPATH')) {{ define('ABSPATH', __DIR__ . '/'); }}
require_once ABSPATH . 'wp-settings.php';
"""
