<?php
/**
 * Plugin Name:       Massage guide
 * Description:       A short interview for your visitors: where it hurts, how much, their health background. It recommends medical or general massage, rest, or a doctor first, and explains why, with your phone number one tap away. Set it up in Settings > Massage guide; place it with the "Massage guide" block or the [massage_guide] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       massage-guide
 *
 * @package MassageGuide
 */

// The guide itself is guide/ (the release build, dist/). This file places its element on pages
// (a block and a shortcode) with the clinic's configuration inside it, keeps that configuration
// (one option, saved through a REST route by the settings page) and makes the settings page the
// guide's own setup page.

defined( 'ABSPATH' ) || exit;

define( 'MASSAGE_GUIDE_VERSION', '0.1.0' );
// The configuration as the setup page saved it: JSON text, one object.
define( 'MASSAGE_GUIDE_OPTION', 'massage_guide_configuration' );
// The largest configuration saved, in bytes of JSON (a clinic's is a few kilobytes).
define( 'MASSAGE_GUIDE_MAX_BYTES', 256 * 1024 );
// JSON printed inside a page's <script> element: `<`, `>`, `&`, `'` and `"` written as \u escapes,
// so no text in it can end the element (`</script>`) or change how it is read (`<!--`).
define( 'MASSAGE_GUIDE_JSON_IN_HTML', JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );

add_action( 'init', 'massage_guide_init' );
add_filter( 'script_loader_tag', 'massage_guide_module_tag', 10, 3 );
add_action( 'rest_api_init', 'massage_guide_rest_routes' );
add_action( 'admin_menu', 'massage_guide_admin_menu' );
add_action( 'admin_enqueue_scripts', 'massage_guide_settings_assets' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'massage_guide_action_links' );

/**
 * The loader script, the block and the shortcode.
 */
function massage_guide_init() {
	wp_register_script( 'massage-guide', plugins_url( 'guide/embed/massage-guide.js', __FILE__ ), array(), MASSAGE_GUIDE_VERSION, false );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'massage_guide_render_block' ) );
	add_shortcode( 'massage_guide', 'massage_guide_shortcode' );
}

/**
 * The guide's scripts are JavaScript modules: `type="module"` (WordPress 6.1 has no module API).
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function massage_guide_module_tag( $tag, $handle, $src ) {
	if ( 'massage-guide' !== $handle && 'massage-guide-setup' !== $handle ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
	return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
}

/**
 * The block (block/block.json): the guide, in the language chosen in the block's settings.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function massage_guide_render_block( $attributes ) {
	$lang = isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) ? $attributes['lang'] : '';
	return massage_guide_element( $lang, get_block_wrapper_attributes() );
}

/**
 * `[massage_guide]`, or `[massage_guide lang="es"]`: the guide, for the classic editor and page builders.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function massage_guide_shortcode( $atts ) {
	$atts = shortcode_atts( array( 'lang' => '' ), $atts, 'massage_guide' );
	return massage_guide_element( (string) $atts['lang'], '' );
}

/**
 * The guide's element with the clinic's phone link and configuration inside it.
 *
 * The link is what visitors see until the guide has started, and what stays if it cannot (a
 * blocked script, an old browser): a number to call, this clinic's. Until a configuration is
 * saved nothing is shown to visitors, since the guide's built-in number is not this clinic's;
 * whoever can set it up is told where.
 *
 * @param string $lang               The language to start in ('' for the site's).
 * @param string $wrapper_attributes More attributes for the element (the block's class).
 * @return string
 */
function massage_guide_element( $lang, $wrapper_attributes ) {
	$configuration = massage_guide_saved();
	if ( null === $configuration ) {
		if ( ! current_user_can( 'manage_options' ) ) {
			return '';
		}
		return sprintf(
			'<p class="massage-guide-not-set-up">%s <a href="%s">%s</a></p>',
			esc_html__( 'The massage guide shows here once it is set up (only you see this note):', 'massage-guide' ),
			esc_url( admin_url( 'options-general.php?page=massage-guide' ) ),
			esc_html__( 'Settings > Massage guide', 'massage-guide' )
		);
	}
	wp_enqueue_script( 'massage-guide' );
	$html = '<massage-guide' . ( '' !== $wrapper_attributes ? ' ' . $wrapper_attributes : '' )
		. ' lang="' . esc_attr( massage_guide_lang( $lang ) ) . '">';
	$phone = massage_guide_phone( isset( $configuration->phone ) ? $configuration->phone : null );
	if ( ! is_wp_error( $phone ) ) {
		$html .= '<a href="' . esc_url( $phone['href'], array( 'tel' ) ) . '">' . esc_html( $phone['display'] ) . '</a>';
	}
	$html .= '<script type="application/json">' . massage_guide_json( $configuration ) . '</script>';
	return $html . '</massage-guide>';
}

/**
 * The language the guide starts in: the one asked for, else the site's (`en-US`).
 *
 * @param string $lang A language tag, or ''.
 * @return string
 */
function massage_guide_lang( $lang ) {
	if ( 1 === preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/', $lang ) ) {
		return $lang;
	}
	return get_bloginfo( 'language' );
}

/**
 * The saved configuration as an object, or null when none is saved.
 *
 * @return stdClass|null
 */
function massage_guide_saved() {
	$text = get_option( MASSAGE_GUIDE_OPTION, '' );
	if ( ! is_string( $text ) || '' === $text ) {
		return null;
	}
	// Objects, not arrays: `{}` stays an object when it is printed again.
	$value = json_decode( $text );
	return $value instanceof stdClass ? $value : null;
}

/**
 * JSON to print inside a `<script>` element of a page.
 *
 * @param mixed $value What to print.
 * @return string
 */
function massage_guide_json( $value ) {
	return (string) wp_json_encode( $value, MASSAGE_GUIDE_JSON_IN_HTML );
}

/**
 * A phone number read the way the guide reads it (src/clinic.rs, PhoneNumber::parse): a US
 * number of 10 digits (an 11th, leading 1 allowed), shown as (212) 555-0100; or an
 * international one starting with +, shown as written.
 *
 * @param mixed $text The configuration's `phone`.
 * @return array|WP_Error `href` (tel:+12125550100) and `display`, or why it is not a number.
 */
function massage_guide_phone( $text ) {
	$refuse = function ( $message ) {
		return new WP_Error( 'massage_guide_phone', $message );
	};
	if ( ! is_string( $text ) || '' === trim( $text ) ) {
		return $refuse( 'a phone number is required' );
	}
	$text = trim( $text );
	if ( strlen( $text ) > 32 ) {
		return $refuse( 'write the number in at most 32 characters, e.g. +44 20 7946 0958' );
	}
	if ( 1 === preg_match( '/[^0-9 .()+\-]/u', $text, $bad ) ) {
		return $refuse( "unexpected character '" . $bad[0] . "' in the phone number" );
	}
	if ( false !== strpos( substr( $text, 1 ), '+' ) ) {
		return $refuse( "a '+' may only start the number" );
	}
	$digits        = preg_replace( '/[^0-9]/', '', $text );
	$international = '+' === $text[0];
	$count         = strlen( $digits );
	if ( ! $international && 10 === $count ) {
		$national = $digits;
	} elseif ( 11 === $count && '1' === $digits[0] ) {
		$national = substr( $digits, 1 );
	} elseif ( $international && $count >= 8 && $count <= 15 ) {
		return array(
			'href'    => 'tel:+' . $digits,
			'display' => $text,
		);
	} else {
		return $refuse( 'use a 10-digit US number or an international number starting with +' );
	}
	return array(
		'href'    => 'tel:+1' . $national,
		'display' => sprintf( '(%s) %s-%s', substr( $national, 0, 3 ), substr( $national, 3, 3 ), substr( $national, 6 ) ),
	);
}

/**
 * `massage-guide/v1/configuration`: GET what is saved, POST a new configuration. Only a user who
 * can manage the site's options, with WordPress's REST nonce (X-WP-Nonce) when signed in by cookie.
 */
function massage_guide_rest_routes() {
	register_rest_route(
		'massage-guide/v1',
		'/configuration',
		array(
			array(
				'methods'             => 'GET',
				'callback'            => 'massage_guide_rest_read',
				'permission_callback' => 'massage_guide_can_configure',
			),
			array(
				'methods'             => 'POST',
				'callback'            => 'massage_guide_rest_save',
				'permission_callback' => 'massage_guide_can_configure',
			),
		)
	);
}

/**
 * Whether the current user may read and save the configuration.
 *
 * @return bool
 */
function massage_guide_can_configure() {
	return current_user_can( 'manage_options' );
}

/**
 * The saved configuration, or null.
 *
 * @return WP_REST_Response
 */
function massage_guide_rest_read() {
	return rest_ensure_response( massage_guide_saved() );
}

/**
 * Save the request's body: one JSON object, at most MASSAGE_GUIDE_MAX_BYTES, whose phone number
 * reads (visitors must never be shown the guide's built-in number in place of the clinic's).
 * Stored as sent; printed into pages only through massage_guide_json().
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function massage_guide_rest_save( WP_REST_Request $request ) {
	$text = $request->get_body();
	if ( strlen( $text ) > MASSAGE_GUIDE_MAX_BYTES ) {
		return massage_guide_refusal(
			sprintf( 'The configuration is %1$d KB; at most %2$d KB can be saved.', (int) ceil( strlen( $text ) / 1024 ), MASSAGE_GUIDE_MAX_BYTES / 1024 )
		);
	}
	$value = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return massage_guide_refusal( 'The configuration is not JSON (' . json_last_error_msg() . ').' );
	}
	if ( ! $value instanceof stdClass ) {
		return massage_guide_refusal( 'The configuration must be a JSON object, such as {"name": "Riverside Massage", "phone": "212-555-0100"}.' );
	}
	$phone = massage_guide_phone( isset( $value->phone ) ? $value->phone : null );
	if ( is_wp_error( $phone ) ) {
		return massage_guide_refusal( 'phone: ' . $phone->get_error_message() . '.' );
	}
	// Not autoloaded: only pages with the guide and the settings page read it.
	update_option( MASSAGE_GUIDE_OPTION, $text, false );
	return rest_ensure_response( array( 'saved' => true ) );
}

/**
 * A 400 answer with a message for the person saving.
 *
 * @param string $message What is wrong, in plain words.
 * @return WP_Error
 */
function massage_guide_refusal( $message ) {
	return new WP_Error( 'massage_guide_invalid_configuration', $message, array( 'status' => 400 ) );
}

/**
 * Settings > Massage guide.
 */
function massage_guide_admin_menu() {
	add_options_page(
		__( 'Massage guide', 'massage-guide' ),
		__( 'Massage guide', 'massage-guide' ),
		'manage_options',
		'massage-guide',
		'massage_guide_settings_page'
	);
}

/**
 * "Settings" beside the plugin on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function massage_guide_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=massage-guide' ) ) . '">' . esc_html__( 'Settings', 'massage-guide' ) . '</a>' );
	return $links;
}

/**
 * The setup page's stylesheet and scripts, on the settings page only.
 *
 * @param string $hook_suffix The admin page being shown.
 */
function massage_guide_settings_assets( $hook_suffix ) {
	if ( 'settings_page_massage-guide' !== $hook_suffix ) {
		return;
	}
	// The stylesheet's name carries a hash of its content, which changes with every build.
	$styles = glob( __DIR__ . '/guide/setup/setup-*.css' );
	if ( ! empty( $styles ) ) {
		wp_enqueue_style( 'massage-guide-setup', plugins_url( 'guide/setup/' . basename( $styles[0] ), __FILE__ ), array(), null );
	}
	wp_enqueue_script( 'massage-guide-setup', plugins_url( 'guide/setup/start.js', __FILE__ ), array(), MASSAGE_GUIDE_VERSION, true );
	// The guide itself, for the setup page's live preview.
	wp_enqueue_script( 'massage-guide' );
}

/**
 * The settings page is the guide's setup page: the same form, checks and live preview, starting
 * from what the site saved and saving to the REST route with the user's nonce.
 */
function massage_guide_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap massage-guide-settings">';
	printf(
		'<div id="setup" data-save-url="%s" data-nonce="%s"><p class="setup-loading">%s</p></div>',
		esc_url( rest_url( 'massage-guide/v1/configuration' ) ),
		esc_attr( wp_create_nonce( 'wp_rest' ) ),
		esc_html__( 'Loading the setup page…', 'massage-guide' )
	);
	$saved = massage_guide_saved();
	if ( null !== $saved ) {
		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON for a script element, escaped by massage_guide_json().
		echo '<script type="application/json" id="massage-guide-saved">' . massage_guide_json( $saved ) . '</script>';
	}
	echo '<noscript><p>' . esc_html__( 'The setup page needs JavaScript: turn it on for this site to set up the guide.', 'massage-guide' ) . '</p></noscript>';
	echo '</div>';
}
