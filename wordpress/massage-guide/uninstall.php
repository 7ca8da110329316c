<?php
/**
 * Deleting the plugin (Plugins > Delete) removes what it stored: the clinic's configuration.
 *
 * @package MassageGuide
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $massage_guide_site ) {
		switch_to_blog( $massage_guide_site );
		delete_option( 'massage_guide_configuration' );
		restore_current_blog();
	}
} else {
	delete_option( 'massage_guide_configuration' );
}
