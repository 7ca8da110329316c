/**
 * The "Massage guide" block in the editor: a placeholder (the guide itself is printed by the
 * server, from the saved configuration) and the language it starts in. Plain JavaScript on
 * WordPress's globals, no build step.
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;

	blocks.registerBlockType( 'massage-guide/guide', {
		edit: function ( props ) {
			var blockProps = blockEditor.useBlockProps();
			return el(
				element.Fragment,
				null,
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Language', 'massage-guide' ) },
						el( components.SelectControl, {
							label: __( 'The guide starts in', 'massage-guide' ),
							help: __( 'Visitors can switch language at any step.', 'massage-guide' ),
							value: props.attributes.lang,
							options: [
								{ value: '', label: __( "The site's language", 'massage-guide' ) },
								{ value: 'en', label: 'English' },
								{ value: 'es', label: 'Español' },
								{ value: 'vi', label: 'Tiếng Việt' },
							],
							onChange: function ( lang ) {
								props.setAttributes( { lang: lang } );
							},
						} )
					)
				),
				el(
					'div',
					blockProps,
					el( components.Placeholder, {
						icon: 'heart',
						label: __( 'Massage guide', 'massage-guide' ),
						instructions: __(
							"Visitors see the guide here, with your clinic's name, phone number and articles from Settings > Massage guide.",
							'massage-guide'
						),
					} )
				)
			);
		},
		// Rendered by the server (massage-guide.php), so a new configuration shows at once.
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
