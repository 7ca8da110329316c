<?php
/**
 * What the block's editor script needs (WordPress reads this beside editor.js; plain JS, no build step).
 *
 * @package MassageGuide
 */

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
