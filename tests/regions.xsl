<?xml version="1.0"?>
<!-- Prints every region of a profile as "name<TAB>value" lines, the value
     of metric $metric (an attribute of <region>, docs/profile.rng
     version 2). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="metric" select="'Ir'"/>
  <xsl:template match="/">
    <xsl:for-each select="/profile/region">
      <xsl:value-of select="@name"/><xsl:text>&#9;</xsl:text>
      <xsl:value-of select="@*[name() = $metric]"/><xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
